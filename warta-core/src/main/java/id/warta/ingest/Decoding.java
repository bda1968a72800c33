package id.warta.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to characters for text inputs: a byte-order mark wins, then strict UTF-8, then
 * Windows-1252 (what Indonesian desktop tools save by default) with a note that it was guessed.
 */
final class Decoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control bytes above which a file is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int SNIFF_BYTES = 8192;

    /** Decoded text, and the charset it was guessed to be in when it was not declared or UTF-8. */
    record Decoded(String text, String guessedCharset) {
    }

    private Decoding() {
    }

    /** Why these bytes are not text, or null when they are. */
    static String notText(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES), control = 0;
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (utf16) return null;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return "binary data (NUL bytes), not text";
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return n > 0 && control > n * MAX_CONTROL_SHARE ? "binary data (control bytes), not text" : null;
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), null);
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}

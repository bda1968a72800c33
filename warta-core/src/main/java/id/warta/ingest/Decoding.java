package id.warta.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Bytes to characters, for text files and web pages alike, the way browsers decide: a byte-order mark wins, then
 * the HTTP {@code Content-Type} charset, then {@code <meta charset>} in the first bytes,
 * then UTF-8 if the bytes are valid UTF-8, else Windows-1252. A page declared UTF-8 whose
 * bytes are not (Windows-1252 mislabelled, common on old portals) is read as Windows-1252
 * with a note. Gzip-compressed bytes are inflated first, within a size limit.
 */
public final class Decoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control bytes above which a file is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int SNIFF_BYTES = 8192;
    /** Browsers look for {@code <meta charset>} in the first 1024 bytes; pages often put it later. */
    private static final int META_SNIFF_BYTES = 16 * 1024;
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    /**
     * Decoded characters.
     *
     * @param text    the characters
     * @param charset the charset used
     * @param note    what a reader should know about the decoding (a mislabelled page), or null
     */
    public record Decoded(String text, Charset charset, String note) {
    }

    private Decoding() {
    }

    /** Why these bytes are not text, or null when they are. */
    public static String notText(byte[] bytes) {
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


    /**
     * Decodes {@code bytes}.
     *
     * @param contentType the HTTP {@code Content-Type} header, or null
     * @param maxBytes    largest inflated size accepted for gzip input
     * @throws IOException when gzip data is corrupt or inflates past {@code maxBytes}
     */
    public static Decoded decode(byte[] bytes, String contentType, long maxBytes) throws IOException {
        byte[] b = isGzip(bytes) ? gunzip(bytes, maxBytes) : bytes;
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
        if (startsWith(b, 0xFF, 0xFE)) return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
        if (startsWith(b, 0xFE, 0xFF)) return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
        Optional<Charset> declared = charsetIn(HEADER_CHARSET, contentType)
                .or(() -> charsetIn(META_CHARSET, new String(b, 0, Math.min(b.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1)));
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            Charset cs = declared.get();
            // ISO-8859-1 and US-ASCII labels mean Windows-1252 on the web (WHATWG Encoding).
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) cs = WINDOWS_1252;
            return new Decoded(new String(b, cs), cs, null);
        }
        Optional<String> utf8 = strictUtf8(b);
        if (utf8.isPresent()) return new Decoded(utf8.get(), StandardCharsets.UTF_8, null);
        String note = declared.isPresent() ? "declared UTF-8 but is not; read as windows-1252"
                : "no charset declared and not UTF-8; read as windows-1252";
        return new Decoded(new String(b, WINDOWS_1252), WINDOWS_1252, note);
    }

    public static boolean isGzip(byte[] bytes) {
        return startsWith(bytes, 0x1F, 0x8B);
    }

    /** Inflates gzip data, refusing to grow past {@code maxBytes} (a gzip bomb is an error, not an OOM). */
    public static byte[] gunzip(byte[] bytes, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) throw new IOException("gzip data inflates past " + maxBytes + " bytes");
            return out;
        }
    }

    private static Optional<Charset> charsetIn(Pattern p, String s) {
        if (s == null) return Optional.empty();
        Matcher m = p.matcher(s);
        if (!m.find()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            return Optional.of(Charset.forName(name.equals("utf8") ? "utf-8" : name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] b) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}

package id.warta.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Streams the regular files of a {@code .tar.gz} archive (ustar and GNU long names), one at a
 * time, so a corpus is read where it lies and never unpacked into the repository.
 */
public final class TarGz {
    /** Receives one archived file: its path inside the archive and its bytes. */
    public interface Visitor {
        void file(String name, byte[] content) throws IOException;
    }

    private static final int BLOCK = 512;

    private TarGz() {
    }

    public static void forEach(Path archive, Visitor visitor) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16))) {
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(BLOCK);
                if (header.length < BLOCK || header[0] == 0) return;
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                byte[] content = in.readNBytes((int) size);
                if (content.length < size) throw new IOException(archive + ": truncated at an entry of " + size + " bytes");
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
                if (type == 'L') {
                    longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                String name = longName != null ? longName : name(header);
                longName = null;
                if (type == '0' || type == 0) visitor.file(name, content);
            }
        }
    }

    private static String name(byte[] h) {
        String name = field(h, 0, 100), prefix = field(h, 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String field(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && h[end] != 0) end++;
        return new String(h, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int offset, int length) {
        long n = 0;
        for (int i = offset; i < offset + length; i++) {
            byte b = h[i];
            if (b >= '0' && b <= '7') n = n * 8 + (b - '0');
        }
        return n;
    }
}

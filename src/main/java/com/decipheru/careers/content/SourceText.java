package com.decipheru.careers.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Reads a content file as strict UTF-8 text, accepting a BOM and CRLF line endings. */
final class SourceText {

    static final long MAX_BYTES = 1024 * 1024;

    private SourceText() {
    }

    static Optional<String> read(Path file, FileProblems problems) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(Location.START, "file is larger than 1 MiB; split it or trim it");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(Location.START, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, problems);
    }

    /** When the file last changed, for the Last-Modified of the pages built from it; the epoch if unknown. */
    static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    static Optional<String> decode(byte[] bytes, FileProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            problems.error(locationOfByte(bytes, firstInvalidByte(bytes)),
                    "file is not valid UTF-8; save it with UTF-8 encoding");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n"));
    }

    /** The index of the first byte that does not start a well-formed UTF-8 sequence. */
    private static int firstInvalidByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int continuations = lead < 0x80 ? 0
                    : lead >= 0xC2 && lead <= 0xDF ? 1
                    : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (continuations < 0) {
                return i;
            }
            for (int k = 1; k <= continuations; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += continuations + 1;
        }
        return 0;
    }

    private static Location locationOfByte(byte[] bytes, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(line, column);
    }
}

package com.decipheru.careers.export;

/**
 * A file of the export as the server sent it: its address, the file it was written to, and the
 * Content-Type and Cache-Control it was sent with, which the static host's rules repeat.
 */
record ExportedFile(String path, String file, String contentType, String cacheControl) {

    /** The media type without its parameters: {@code text/html} for {@code text/html;charset=UTF-8}. */
    String mediaType() {
        return contentType.replaceFirst(";.*$", "").strip();
    }

    boolean isUtf8() {
        return contentType.toLowerCase().replace(" ", "").contains(";charset=utf-8");
    }
}

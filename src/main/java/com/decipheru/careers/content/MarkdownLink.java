package com.decipheru.careers.content;

/** A link written in Markdown, where it stands in its file. */
record MarkdownLink(String url, Location at) {
}

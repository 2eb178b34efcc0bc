package com.decipheru.careers.content;

/** The front matter of {@code verticals/<vertical>.md}, as written. */
record VerticalFile(String name, String phrase, Integer order, String summary) {
}

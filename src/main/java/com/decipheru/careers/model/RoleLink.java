package com.decipheru.careers.model;

/** Enough of another role to link to it and name it in a sentence. */
public record RoleLink(String title, String path, String verticalName, String verticalPhrase) {
}

package com.decipheru.careers.model;

import java.time.LocalDate;

/** A page the public can reach and search engines may index, with the date its content last changed. */
public record PublicPage(String path, LocalDate lastModified) {
}

package com.decipheru.careers.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many bytes of rendered responses each content snapshot may keep ({@code site.cache.*}): pages at
 * their canonical address, and a smaller allowance for addresses with a query string and the 404 page,
 * which anyone can vary at will.
 */
@ConfigurationProperties("site.cache")
public record CacheProperties(@DefaultValue("48MB") DataSize pages, @DefaultValue("8MB") DataSize variants) {
}

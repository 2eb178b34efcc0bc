package com.decipheru.careers.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One page of a list shown a page at a time: page 1 lives at the list's address, page {@code n} at
 * {@code ?page=n}. A page number that is not a whole number from 1 to the last page does not exist.
 */
public record Pagination(int number, int count, String path) {

    public static final String PARAMETER = "page";
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,6}");

    /** The page the parameter asks for, or empty when there is no such page. */
    public static Optional<Pagination> of(String parameter, int items, int size, String path) {
        int count = Math.max(1, (items + size - 1) / size);
        if (parameter == null) {
            return Optional.of(new Pagination(1, count, path));
        }
        if (!NUMBER.matcher(parameter).matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parameter);
        return number <= count ? Optional.of(new Pagination(number, count, path)) : Optional.empty();
    }

    public <T> List<T> slice(List<T> items, int size) {
        return items.subList(Math.min(items.size(), (number - 1) * size), Math.min(items.size(), number * size));
    }

    public String pathOf(int page) {
        return page == 1 ? path : path + "?" + PARAMETER + "=" + page;
    }

    public String self() {
        return pathOf(number);
    }

    /** The previous page's address, or null on the first. */
    public String previous() {
        return number > 1 ? pathOf(number - 1) : null;
    }

    /** The next page's address, or null on the last. */
    public String next() {
        return number < count ? pathOf(number + 1) : null;
    }

    public boolean isPaged() {
        return count > 1;
    }
}

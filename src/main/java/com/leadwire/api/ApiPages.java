package com.leadwire.api;

import com.leadwire.shared.InvalidInputException;

/** The API's paged lists: {@code page} from 0, {@code size} 1–500, and an offset that fits an int. */
final class ApiPages {

    static final int MAX_SIZE = 500;

    private ApiPages() {
    }

    static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "page ≥ 0 and 1 ≤ size ≤ " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "page × size is over " + Integer.MAX_VALUE + ", past any list");
        }
    }
}

package com.leadwire.telegram;

import java.util.List;

/** An inline keyboard button: either callback data (at most 64 bytes) or a URL. */
record Button(String text, String data, String url) {

    static Button callback(String text, String data) {
        return new Button(text, data, null);
    }

    static Button link(String text, String url) {
        return new Button(text, null, url);
    }

    static List<List<Button>> column(List<Button> buttons) {
        return buttons.stream().map(List::of).toList();
    }
}

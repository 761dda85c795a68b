package com.leadwire.pipeline;

/**
 * What a board shows of a pipeline's deals; every part is optional (null or blank: no filter).
 *
 * @param product one product of the deal's list, compared whole (ignoring case)
 * @param text a part of the deal's title or of its contact's name or e-mail
 * @param field a deal custom field's name; with {@code fieldValue}, the deal's value of it, compared whole
 */
public record BoardFilter(Long responsibleUserId, Long sourceId, String product, String text, String field,
                          String fieldValue) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, null, null);

    public BoardFilter {
        product = blankToNull(product);
        text = blankToNull(text);
        field = blankToNull(field);
        fieldValue = blankToNull(fieldValue);
    }

    /** Whether it leaves out any deal. */
    public boolean filters() {
        return responsibleUserId != null || sourceId != null || product != null || text != null || byField();
    }

    boolean byField() {
        return field != null && fieldValue != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

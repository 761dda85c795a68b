package com.leadwire.mail;

import org.springframework.web.util.HtmlUtils;

/** The unsubscribe line under a marketing e-mail, in the contact's language, in the text and the HTML part. */
final class UnsubscribeFooter {

    private UnsubscribeFooter() {
    }

    static MailContent added(MailContent mail, long contactId, String url, String contactLanguage) {
        boolean english = MailLanguage.forContact(contactLanguage) == MailLanguage.EN;
        String sentence = english ? "Don't want these e-mails any more?" : "Não quer mais receber estes e-mails?";
        String action = english ? "Unsubscribe" : "Descadastre-se";
        String text = mail.hasText() || !mail.hasHtml()
                ? (mail.text() == null ? "" : mail.text()) + "\n\n--\n" + sentence + " " + action + ": " + url + "\n"
                : mail.text();
        String html = mail.hasHtml() ? withBeforeBodyEnd(mail.html(), "<p style=\"font-size:12px;color:#666\">"
                + HtmlUtils.htmlEscape(sentence, "UTF-8") + " <a href=\"" + HtmlUtils.htmlEscape(url, "UTF-8") + "\">" + HtmlUtils.htmlEscape(action, "UTF-8")
                + "</a></p>") : mail.html();
        return mail.to(contactId, url, text, html);
    }

    private static String withBeforeBodyEnd(String html, String footer) {
        int end = lastBodyEnd(html);
        return end < 0 ? html + "\n" + footer : html.substring(0, end) + footer + html.substring(end);
    }

    /** Where the last {@code </body>} starts, in any letter case, without a lower-case copy of the whole e-mail. */
    private static int lastBodyEnd(String html) {
        String tag = "</body>";
        for (int at = html.length() - tag.length(); at >= 0; at--) {
            if (html.regionMatches(true, at, tag, 0, tag.length())) {
                return at;
            }
        }
        return -1;
    }
}

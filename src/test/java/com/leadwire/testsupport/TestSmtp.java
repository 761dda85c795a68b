package com.leadwire.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One real SMTP server (GreenMail) for the whole test JVM, on a free port. */
public final class TestSmtp {

    private static final GreenMail SERVER = start();

    private TestSmtp() {
    }

    public static GreenMail server() {
        return SERVER;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return mail;
    }
}

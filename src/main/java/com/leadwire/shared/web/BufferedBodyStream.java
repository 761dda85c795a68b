package com.leadwire.shared.web;

import java.io.ByteArrayInputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/** A request body already read into memory, handed on to whoever reads the request next. */
public final class BufferedBodyStream extends ServletInputStream {

    private final ByteArrayInputStream in;

    public BufferedBodyStream(byte[] body) {
        this.in = new ByteArrayInputStream(body);
    }

    @Override
    public boolean isFinished() {
        return in.available() == 0;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous reads only");
    }

    @Override
    public int read() {
        return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
    }
}

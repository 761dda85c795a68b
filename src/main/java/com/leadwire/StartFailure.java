package com.leadwire;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

/** Why a start failed, in one line: the innermost cause, named by what it means for the operator. */
final class StartFailure {

    private StartFailure() {
    }

    static String reason(Throwable failure) {
        List<Throwable> chain = causes(failure);
        Throwable innermost = chain.get(chain.size() - 1);
        String detail = innermost.getMessage() == null ? innermost.getClass().getName() : innermost.getMessage();
        String database = chain.stream().filter(StartFailure::isConnectionFailure).map(Throwable::getMessage)
                .findFirst().orElse(null);
        if (database != null) {
            return "the database could not be reached or refused the connection (spring.datasource.url / LEADWIRE_DB_URL): " + database;
        }
        return chain.stream()
                .map(Throwable::getMessage)
                .filter(message -> message != null && message.contains(".yaml"))
                .findFirst()
                .map(message -> "a channel route file is broken (leadwire.routes): " + message + (message.equals(detail) ? "" : ": " + detail))
                .orElse(detail);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof ConnectException;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}

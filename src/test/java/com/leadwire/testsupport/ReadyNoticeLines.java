package com.leadwire.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The lines of the last "Leadwire is ready" notice in a log, without their log line prefix. */
public final class ReadyNoticeLines {

    private static final String LOGGER = " com.leadwire.ReadyNotice - ";

    private ReadyNoticeLines() {
    }

    public static List<String> lastIn(List<String> log) {
        List<String> lines = log.stream().filter(line -> line.contains(LOGGER))
                .map(line -> line.substring(line.indexOf(LOGGER) + LOGGER.length())).toList();
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Leadwire is ready")) {
                last = i;
            }
        }
        assertThat(last).as("a ready notice was printed").isNotNegative();
        return lines.subList(last, lines.size());
    }

    /** INFO lines of loggers other than ours: a start is quiet but for warnings and errors. */
    public static List<String> frameworkInfo(List<String> log) {
        return log.stream().filter(line -> line.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO .*"))
                .filter(line -> !line.matches(".* \\[[^]]+] (com|c)\\.(leadwire|l)\\..*")).toList();
    }
}

package com.leadwire.admin.leads.results;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.leadwire.admin.PanelTimes;
import com.leadwire.leads.LeadGroupResultsView;
import com.leadwire.leads.LeadGroupResultsView.Comparison;
import com.leadwire.leads.LeadGroupResultsView.Significance;
import com.leadwire.leads.LeadGroupResultsView.Variant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** The results view's numbers and sentences in the reader's language. */
final class ResultsTexts {

    private final Component view;
    private final Supplier<Locale> locale;

    ResultsTexts(Component view, Supplier<Locale> locale) {
        this.view = view;
        this.locale = locale;
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    String percent(Double rate) {
        if (rate == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    String pValue(double p) {
        if (p < 0.0001) {
            return "< " + number(0.0001, 4);
        }
        return number(p, 4);
    }

    String versusFirst(Variant variant) {
        Comparison comparison = variant.vsFirst();
        if (comparison == null) {
            return text("leadresults.vsFirst.first");
        }
        if (comparison.z() == null) {
            return "–";
        }
        return text(comparison.significant() ? "leadresults.vsFirst.significant" : "leadresults.vsFirst.notSignificant",
                number(comparison.z(), 2), pValue(comparison.pValue()));
    }

    /** The significance in words: which variant converts better, and whether that can be chance. */
    String reading(LeadGroupResultsView results) {
        Significance significance = results.significance();
        List<Variant> variants = results.variants();
        if (significance.sequenceId() == null) {
            return text("leadresults.verdict.NO_COMPARISON");
        }
        Variant first = variants.get(0);
        Variant challenger = variants.stream().filter(variant -> variant.sequenceId() == significance.sequenceId()).findFirst()
                .orElseThrow();
        String prefix = variants.size() > 2 ? text("leadresults.verdict.many", first.sequenceName(), challenger.sequenceName()) + " " : "";
        String verdict = switch (significance.verdict()) {
            case NO_COMPARISON -> text("leadresults.verdict.NO_COMPARISON");
            case TOO_FEW_LEADS -> text("leadresults.verdict.TOO_FEW_LEADS", String.valueOf(significance.minimumLeads()));
            case NOT_SIGNIFICANT -> text("leadresults.verdict.NOT_SIGNIFICANT", challenger.sequenceName(), percent(challenger.conversionRate()),
                    first.sequenceName(), percent(first.conversionRate()), pValue(significance.pValue()));
            case CHALLENGER_BETTER -> better(challenger, first, significance);
            case FIRST_BETTER -> better(first, challenger, significance);
        };
        return prefix + verdict;
    }

    private String better(Variant better, Variant worse, Significance significance) {
        return text("leadresults.verdict.better", better.sequenceName(), worse.sequenceName(), percent(better.conversionRate()),
                percent(worse.conversionRate()), pValue(significance.pValue()));
    }

    /** The test's end criteria, one a line, and how it ended (or that it runs). */
    List<Component> test(LeadGroupResultsView results) {
        List<Component> lines = new ArrayList<>();
        if (results.variants().size() < 2) {
            lines.add(new Paragraph(text("leadresults.test.none")));
            return lines;
        }
        LeadGroupResultsView.Test test = results.test();
        if (test.endsAt() != null) {
            lines.add(line("leadresults.test.endsAt", PanelTimes.shortDateTime(test.endsAt(), locale())));
        }
        if (test.targetConversion() != null) {
            lines.add(line("leadresults.test.targetConversion", percent(test.targetConversion().doubleValue()),
                    String.valueOf(results.significance().minimumLeads())));
        }
        if (test.targetRevenue() != null) {
            lines.add(line("leadresults.test.targetRevenue", amount(test.targetRevenue())));
        }
        if (test.targetLeads() != null) {
            lines.add(line("leadresults.test.targetLeads", count(test.targetLeads())));
        }
        if (lines.isEmpty()) {
            lines.add(new Paragraph(text("leadresults.test.noCriteria")));
        }
        lines.add(new Paragraph(text(test.keepBest() ? "leadresults.test.keepBest" : "leadresults.test.keepAll")));
        if (test.endedAt() == null) {
            lines.add(new Paragraph(text("leadresults.test.running")));
        } else {
            String winner = results.variants().stream().filter(variant -> test.winnerSequenceId() != null
                    && variant.sequenceId() == test.winnerSequenceId()).map(Variant::sequenceName).findFirst()
                    .orElse(String.valueOf(test.winnerSequenceId()));
            lines.add(new Paragraph(text("leadresults.test.ended", PanelTimes.shortDateTime(test.endedAt(), locale()),
                    text("leadresults.endReason." + test.endReason().name()), winner)));
        }
        return lines;
    }

    private Paragraph line(String key, String... values) {
        return new Paragraph(text(key, (Object[]) values));
    }

    private String amount(BigDecimal value) {
        return NumberFormat.getNumberInstance(locale()).format(value);
    }

    private String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private String text(String key, Object... values) {
        return view.getTranslation(key, values);
    }

    private Locale locale() {
        return locale.get();
    }
}

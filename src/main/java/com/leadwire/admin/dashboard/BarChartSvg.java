package com.leadwire.admin.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.jfree.data.category.CategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A bar chart drawn by JFreeChart on JFreeSVG's SVGGraphics2D, in the panel's look (Lumo): white
 * plot, Lumo's colours and font, light grid lines, flat bars with their value at their end. The
 * bars are horizontal, so long stage and source names stay whole on the left; the chart is as
 * tall as its bars need. The SVG has no fixed size: it takes the width of its container.
 */
final class BarChartSvg {

    static final int WIDTH = 560;

    /** Lumo's primary, success and error colours, then two more in the same lightness. */
    private static final List<Color> SERIES = List.of(new Color(0x006AF5), new Color(0x158443), new Color(0xE21D12),
            new Color(0x8A4BD8), new Color(0xC26A00));
    private static final Color TEXT = new Color(0x263445);
    private static final Color SECONDARY_TEXT = new Color(0x576B86);
    private static final Color GRID = new Color(0xE6EAEF);
    private static final Color AXIS = new Color(0xC9D1DB);
    /**
     * Lumo's font stack (the fonts measured on the server only lay the chart out); double quotes,
     * since JFreeSVG writes it into a single-quoted style attribute.
     */
    private static final String LUMO_FONT = "-apple-system, BlinkMacSystemFont, Roboto, \"Segoe UI\", Helvetica, Arial, sans-serif";
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private BarChartSvg() {
    }

    /** Steps of 1, 2 and 5 times a power of ten (from 1 for counts, else from 0.1), each written in the chart's format. */
    private static TickUnits tickUnits(NumberFormat format, boolean wholeSteps) {
        TickUnits units = new TickUnits();
        for (double power = wholeSteps ? 1 : 0.1; power < 1e12; power *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                units.add(new NumberTickUnit(power * step, format));
            }
        }
        return units;
    }

    /** Room for each category's bars (one per series), the value axis, and the legend when there is one. */
    private static int height(CategoryDataset data) {
        int bars = data.getColumnCount() * (12 + 18 * Math.max(1, data.getRowCount()));
        return 36 + bars + (data.getRowCount() > 1 ? 28 : 0);
    }

    /**
     * @param idPrefix unique on the page: the SVG's clip paths are named with it
     * @param valueFormat the value axis' and the bars' number format
     * @param wholeSteps whether the value axis steps by whole numbers (counts, money), else also by tenths
     */
    static String render(String idPrefix, CategoryDataset data, NumberFormat valueFormat, boolean wholeSteps) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(LABEL);
        categories.setTickLabelPaint(TEXT);
        categories.setAxisLinePaint(AXIS);
        categories.setTickMarksVisible(false);
        categories.setMaximumCategoryLabelWidthRatio(0.38f);
        categories.setCategoryMargin(0.2);
        NumberAxis values = new NumberAxis();
        values.setNumberFormatOverride(valueFormat);
        values.setStandardTickUnits(tickUnits(valueFormat, wholeSteps));
        values.setTickLabelFont(LABEL);
        values.setTickLabelPaint(SECONDARY_TEXT);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setUpperMargin(0.15);
        // never below zero, and at least one unit high: a chart of zeros gets no "-0" ticks
        values.setRangeType(RangeType.POSITIVE);
        values.setAutoRangeMinimumSize(1.0);

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.04);
        bars.setMaximumBarWidth(0.3);
        for (int series = 0; series < data.getRowCount(); series++) {
            bars.setSeriesPaint(series, SERIES.get(series % SERIES.size()));
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", valueFormat));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(LABEL);
        bars.setDefaultItemLabelPaint(TEXT);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelInsets(new RectangleInsets(0, 4, 0, 0));

        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));

        JFreeChart chart = new JFreeChart(null, LABEL, plot, data.getRowCount() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(LABEL);
            legend.setItemPaint(TEXT);
            legend.setPosition(RectangleEdge.TOP);
        }

        int height = height(data);
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        svg.setDefsKeyPrefix(idPrefix);
        svg.setFontFunction(family -> LUMO_FONT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, height));
        return svg.getSVGElement(idPrefix, false, new ViewBox(0, 0, WIDTH, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }
}

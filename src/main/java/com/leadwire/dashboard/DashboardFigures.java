package com.leadwire.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;

import com.leadwire.leads.LeadManagementFigures;
import com.leadwire.pipeline.PipelineStatistics;

/**
 * The dashboard of one pipeline for the days {@code from} to {@code to} (both included) in {@code zone}.
 *
 * @param emailsSent e-mails delivered in the period, from every pipeline
 * @param leadManagement the lead groups' follow-ups in the period, from every pipeline
 */
public record DashboardFigures(LocalDate from, LocalDate to, ZoneId zone, PipelineStatistics pipeline, long emailsSent,
                               LeadManagementFigures leadManagement) {
}

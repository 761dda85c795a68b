/**
 * Pipelines, their stages and the deals in them; sources and the placement of a new deal
 * (which pipeline and stage, what title); payment status → stage per pipeline.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "contacts", "fields", "shared", "team"})
package com.leadwire.pipeline;

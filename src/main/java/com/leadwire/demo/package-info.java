/**
 * The demo data set: the Brazilian lead flow of the first customer (autocloud and Feirão
 * Digital), configured through the same services an admin uses, loaded into an empty database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"automation", "automation :: sequences", "fields", "leads", "mail",
        "pipeline", "shared", "team"})
package com.leadwire.demo;

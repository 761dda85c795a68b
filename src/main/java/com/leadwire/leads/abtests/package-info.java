/**
 * A/B tests of lead groups: each variant's results over a period with the two-proportion z-test,
 * conversions recorded as they happen, the end criteria checked by automation timers, and keep-best
 * switching of the leads still in the test to the winner.
 */
package com.leadwire.leads.abtests;

/**
 * The panel's lead groups (003_): the groups in priority order with their leads, send times,
 * discounts and status, and the two-step wizard that writes a group and its follow-up e-mails.
 */
package com.leadwire.admin.leads;

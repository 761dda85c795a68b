/**
 * The team: admins and sales reps who log into the panel and may own deals; their Telegram
 * chat once linked.
 */
package com.leadwire.team;

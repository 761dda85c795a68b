/**
 * Forms: web forms, subscription forms and pop-ups on customers' sites, the script that embeds
 * them, and the public endpoints their submissions arrive at (turned into intake events).
 */
package com.leadwire.forms;

package com.leadwire.team;

/**
 * The team member an API key acts for. An owned key's authentication carries this as its details,
 * so the services limit its requests as they limit that person in the panel.
 */
public record ActingUser(String username) {
}

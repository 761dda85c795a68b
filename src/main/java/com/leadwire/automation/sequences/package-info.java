/**
 * Follow-up sequences: one to three template e-mails, each a delay after the previous one, that a
 * rule's START_SEQUENCE starts for a deal's contact. Each e-mail is an automation timer of kind
 * SEQUENCE_STEP that, when due, queues the e-mail in the outbox as a rule's e-mail is; the
 * follow-up stops by itself when the deal moves, is won or lost, its payment succeeds, the contact
 * has unsubscribed, or automation is off when an e-mail falls due. The API and the panel use
 * {@link com.leadwire.automation.sequences.Sequences} and {@link com.leadwire.automation.sequences.FollowUps}.
 */
@org.springframework.modulith.NamedInterface("sequences")
package com.leadwire.automation.sequences;

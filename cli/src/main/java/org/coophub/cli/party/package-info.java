/**
 * Party onboarding: a party's three topics, its gateway's SCRAM principal and ACLs, its registry
 * subjects, and the client properties file its gateway runs with. Idempotent; {@link
 * org.coophub.cli.party.Onboarding} is the Java API {@code up} and {@code party add/remove} share.
 */
package org.coophub.cli.party;

/**
 * The arrest-warrant lifecycle on {@code coop.court.warrants} (key = warrant id): a warrant is
 * registered (ISSUED), then events follow (unsealed, transmitted to a party, arrest, surrender,
 * withdrawal, death). The person's name travels only once the warrant is no longer under seal.
 */
package org.coophub.producer.warrant;

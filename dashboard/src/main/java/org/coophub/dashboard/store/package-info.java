/**
 * How the dashboard keeps its own state: a JSON serde for the records in its stores and internal
 * topics. Nothing here is part of the wire contract with the parties.
 */
package org.coophub.dashboard.store;

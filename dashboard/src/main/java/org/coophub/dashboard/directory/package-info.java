/** The directory of parties (coop.directory) as a global store: States Parties, regional groups, agreements. */
package org.coophub.dashboard.directory;

/**
 * Notices about a request already dispatched (clarification, supplement, reminder, withdrawal),
 * sent on the addressee's requests topic with the request id as key, so they follow the request on
 * its partition. A clarification or supplement that amends the content makes a new revision.
 */
package org.coophub.producer.notice;

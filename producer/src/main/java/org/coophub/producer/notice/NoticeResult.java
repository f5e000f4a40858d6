package org.coophub.producer.notice;

import java.time.Instant;

/** A notice as queued: the request's revision after it, and its message id. */
record NoticeResult(String requestId, String kind, int revision, String messageId, Instant sentAt) {}

package org.coophub.producer.bundle;

import java.time.Instant;
import java.util.List;
import org.coophub.producer.dispatch.DispatchResult;

/** The bundle as dispatched: its coordination id, when it leaves, and each addressee's request. */
record BundleResult(String coordinationId, Instant notBefore, List<DispatchResult> requests) {}

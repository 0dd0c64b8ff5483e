package dev.onramp.app.request;

import java.time.Instant;

/** What a request said before a resubmission, to put back if the engine refuses the resubmit. */
record RequestSnapshot(RequestForm form, int revision, Instant updatedAt) {

  static RequestSnapshot of(BusinessRequest r) {
    return new RequestSnapshot(RequestForms.of(r, null), r.revision(), r.updatedAt());
  }

  void restore(BusinessRequest request) {
    request.apply(form, updatedAt);
    request.restoreRevision(revision);
  }
}

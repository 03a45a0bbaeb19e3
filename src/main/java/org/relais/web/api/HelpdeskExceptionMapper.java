package org.relais.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.relais.helpdesk.HelpdeskException;

/** Refused helpdesk actions (not yours, already taken, empty text...) become 4xx with a message. */
@Provider
public class HelpdeskExceptionMapper implements ExceptionMapper<HelpdeskException> {
  @Override
  public Response toResponse(HelpdeskException refused) {
    return ApiError.response(refused.status(), refused.getMessage(), null);
  }
}

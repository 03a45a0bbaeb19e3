package org.relais.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.relais.staff.StaffException;

/** Refused staff operations become 400, 404 or 409 with a readable message. */
@Provider
public class StaffExceptionMapper implements ExceptionMapper<StaffException> {
  @Override
  public Response toResponse(StaffException refused) {
    if (refused instanceof StaffException.Invalid invalid) {
      return ApiError.response(400, invalid.getMessage(), invalid.field());
    }
    if (refused instanceof StaffException.NotFound) {
      return ApiError.response(404, refused.getMessage(), null);
    }
    return ApiError.response(409, refused.getMessage(), null);
  }
}

package org.relais.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.relais.training.TrainingException;

/** Refused training actions become 4xx naming the field at fault. */
@Provider
public class TrainingExceptionMapper implements ExceptionMapper<TrainingException> {
  @Override
  public Response toResponse(TrainingException refused) {
    return ApiError.response(refused.status(), refused.getMessage(), refused.field());
  }
}

package br.com.atende.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

@RestControllerAdvice(basePackages = "br.com.atende")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    String message = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getDefaultMessage())
        .findFirst()
        .orElse("Dados inválidos.");
    return ResponseEntity.badRequest().body(new ApiError(message));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest()
        .body(new ApiError("Não foi possível ler o corpo da requisição: verifique o JSON e os formatos de data (aaaa-mm-dd)."));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
    return ResponseEntity.badRequest().body(new ApiError("Envie o arquivo no campo \"" + e.getRequestPartName() + "\"."));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return ResponseEntity.badRequest().body(new ApiError("Informe o parâmetro \"" + e.getParameterName() + "\"."));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError("Arquivo grande demais."));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ApiError> denied(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("Você não tem permissão para esta operação."));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ApiError> other(RuntimeException e) {
    UserFacingException refusal = UserFacingException.findIn(e);
    if (refusal != null) {
      return ResponseEntity.status(refusal.status()).body(new ApiError(refusal.getMessage()));
    }
    LOG.error("Unexpected error in /api", e);
    return ResponseEntity.internalServerError().body(new ApiError("Erro inesperado. Tente de novo ou avise o suporte."));
  }
}

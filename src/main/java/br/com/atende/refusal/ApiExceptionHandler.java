package br.com.atende.refusal;

import br.com.atende.common.UserFacingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of /api as {@link RefusalBody} naming what to fix, never SQL, a class name or an
 * engine id. Not limited to our controllers' package: 404, 405 and 415 are raised before any
 * controller is chosen.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
  /** MariaDB/MySQL "Data too long for column 'x'", H2 "Value too long for column \"X ...\"". */
  private static final Pattern TOO_LONG_COLUMN =
      Pattern.compile("(?i)too long for column [`'\"]?([A-Za-z_]+)");
  /** Our columns people type into, by their pt-BR label: only reached if a length check is missing. */
  private static final Map<String, String> COLUMN_LABELS = Map.ofEntries(
      Map.entry("observation", "Observações"), Map.entry("sale_description", "Descrição da venda"),
      Map.entry("conversation", "Conversa"), Map.entry("product", "Produto"), Map.entry("name", "Nome"),
      Map.entry("address", "Endereço"), Map.entry("city", "Cidade"), Map.entry("email", "E-mail"),
      Map.entry("offer", "Oferta"), Map.entry("script", "Roteiro"), Map.entry("materials_url", "Link dos materiais"),
      Map.entry("client_name", "Nome do cliente"), Map.entry("changed_fields", "Campos alterados"));
  /** Unique keys a race between two requests can hit, with what the person should read. */
  private static final Map<String, String> UNIQUE_KEYS = Map.of(
      "uk_leads_campaign_phone", "Este telefone já está na campanha.",
      "uk_campaign_action_types_code", "Há dois tipos de ação com o mesmo código nesta campanha.",
      "uk_proposals_code", "Já existe uma proposta com este código; tente de novo.",
      "uk_proposal_phones", "Este telefone já está na proposta.",
      "uk_lead_queue_lead", "Este cliente já está na fila.");

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<RefusalBody> invalid(MethodArgumentNotValidException e) {
    String message = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getDefaultMessage())
        .findFirst()
        .orElse("Dados inválidos.");
    return ResponseEntity.badRequest().body(RefusalBody.of(message));
  }

  /** "/api/leads/abc", "?status=X", "?days=abc": the parameter named, and what it accepts. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<RefusalBody> mismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String accepted;
    if (type != null && type.isEnum()) {
      accepted = "use um destes valores: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", ")) + ".";
    } else if (type != null && (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class))) {
      accepted = "informe um número inteiro.";
    } else {
      accepted = "verifique o formato.";
    }
    return ResponseEntity.badRequest()
        .body(RefusalBody.of("Valor inválido para \"" + e.getName() + "\": " + shortened(e.getValue()) + "; " + accepted));
  }

  /** Bad JSON, or a value of the wrong type ("budgetSent": "talvez", "until": "2026-02-30"): that field named. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<RefusalBody> unreadable(HttpMessageNotReadableException e) {
    String field = e.getCause() instanceof JsonMappingException mapping ? fieldOf(mapping) : null;
    return ResponseEntity.badRequest().body(RefusalBody.of(field == null
        ? "Não foi possível ler o corpo da requisição: verifique o JSON e os formatos de data (aaaa-mm-dd)."
        : "Campo \"" + field + "\": valor inválido; verifique o tipo (texto, número, true/false, lista) e as "
            + "datas (aaaa-mm-dd)."));
  }

  /** "items[0].quantity"; null when the body itself is the problem. */
  private static String fieldOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : path.length() > 60 ? path.substring(0, 60) + "…" : path.toString();
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<RefusalBody> missingPart(MissingServletRequestPartException e) {
    return ResponseEntity.badRequest().body(RefusalBody.of("Envie o arquivo no campo \"" + e.getRequestPartName() + "\"."));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<RefusalBody> missingParameter(MissingServletRequestParameterException e) {
    return ResponseEntity.badRequest().body(RefusalBody.of("Informe o parâmetro \"" + e.getParameterName() + "\"."));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<RefusalBody> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(RefusalBody.of("Arquivo grande demais."));
  }

  /** A body that is not multipart, or is cut short: the upload did not arrive whole. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<RefusalBody> badMultipart(MultipartException e) {
    return ResponseEntity.badRequest().body(RefusalBody.of(
        "Não foi possível ler o envio do arquivo: envie-o como multipart/form-data no campo \"file\"."));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<RefusalBody> wrongMethod(HttpRequestMethodNotSupportedException e) {
    String allowed = e.getSupportedHttpMethods() == null ? ""
        : " Use " + e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(" ou ")) + ".";
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED);
    if (e.getSupportedHttpMethods() != null) {
      answer.allow(e.getSupportedHttpMethods().toArray(new HttpMethod[0]));
    }
    return answer.body(RefusalBody.of("Método " + e.getMethod() + " não aceito neste endereço." + allowed));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<RefusalBody> wrongMediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(RefusalBody.of(
        "Formato do corpo não aceito" + (e.getContentType() == null ? "" : " (" + e.getContentType() + ")")
            + ": envie application/json (ou multipart/form-data para arquivos)."));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<RefusalBody> noResource(NoResourceFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(RefusalBody.of("Endereço não encontrado: /" + e.getResourcePath() + "."));
  }

  /**
   * Length checks run before anything is stored, and unique keys are checked first too; this is
   * the race (two requests at once) or a check we lack. The transaction is rolled back.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<RefusalBody> integrity(DataIntegrityViolationException e) {
    Throwable cause = e.getMostSpecificCause();
    String text = cause.getMessage() == null ? "" : cause.getMessage();
    LOG.warn("Refused by the database: {}", text);
    Matcher column = TOO_LONG_COLUMN.matcher(text);
    boolean namesColumn = column.find();
    if (namesColumn || (cause instanceof SQLException sql && "22001".equals(sql.getSQLState()))) {
      String label = namesColumn ? COLUMN_LABELS.get(column.group(1).toLowerCase(Locale.ROOT)) : null;
      return ResponseEntity.badRequest().body(RefusalBody.of(label == null
          ? "Um dos campos passa do tamanho permitido; encurte o texto."
          : "O campo " + label + " passa do tamanho permitido; encurte o texto."));
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return ResponseEntity.status(HttpStatus.CONFLICT).body(RefusalBody.of(UNIQUE_KEYS.entrySet().stream()
        .filter(key -> lower.contains(key.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("Os dados conflitam com um registro que já existe; recarregue e confira.")));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<RefusalBody> other(RuntimeException e) {
    UserFacingException refusal = Refusals.of(e);
    if (refusal != null) {
      return answer(refusal);
    }
    LOG.error("Unexpected error in /api", e);
    return ResponseEntity.internalServerError().body(RefusalBody.of("Erro inesperado. Tente de novo ou avise o suporte."));
  }

  /** A refusal as /api answers it: its status, the one body. */
  static ResponseEntity<RefusalBody> answer(UserFacingException refusal) {
    return ResponseEntity.status(refusal.status()).body(RefusalBody.of(refusal.getMessage()));
  }

  /** A rejected value quoted back, but not a megabyte of it. */
  private static String shortened(Object value) {
    String text = String.valueOf(value);
    return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
  }
}

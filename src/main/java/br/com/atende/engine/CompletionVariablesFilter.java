package br.com.atende.engine;

import br.com.atende.common.ProcessContract;
import br.com.atende.common.UserFacingException;
import br.com.atende.refusal.RefusalBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The trust boundary of every user task: a completion, form submission or resolution reaches the
 * engine only with the variables its process contract declares for that task, so nobody can write
 * who or what a task is about. It guards both engine REST roots: /engine-rest (integrators) and the
 * webapps' /camunda/api/engine (Tasklist). A resolve is refused unless the task was delegated, and
 * a BPMN error or escalation is refused on our processes' tasks (none of them catches one: it would
 * end the instance with nothing recorded). Java callers inside the application are trusted.
 */
@Configuration
public class CompletionVariablesFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 1024 * 1024;
  private static final Pattern TASK_ACTION = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)"
          + "/(complete|submit-form|resolve|bpmnError|bpmnEscalation)/?$");

  /** What the filter needs of a task the caller may see, read with authorization off. */
  record TaskFacts(String name, String taskKey, String processKey, DelegationState delegation) {}

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> completionVariables(ProcessEngineConfigurationImpl engine,
      List<ProcessContract> contracts) {
    Map<String, ProcessContract> byKey = contracts.stream()
        .collect(Collectors.toUnmodifiableMap(ProcessContract::processKey, Function.identity()));
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Guard(engine, byKey));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // After Spring Security: an anonymous caller gets 401 before anything is looked up.
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }

  static final class Guard extends OncePerRequestFilter {

    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, ProcessContract> contracts;

    Guard(ProcessEngineConfigurationImpl engine, Map<String, ProcessContract> contracts) {
      this.engine = engine;
      this.contracts = contracts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher action = TASK_ACTION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
      if (!"POST".equals(request.getMethod()) || !action.matches()) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        RefusalBody.write(response, new UserFacingException(HttpStatus.PAYLOAD_TOO_LARGE, "Requisição grande demais."));
        return;
      }
      TaskFacts task = facts(URLDecoder.decode(action.group(1), StandardCharsets.UTF_8));
      if (task != null) {
        String refusal = refusal(task, action.group(2), body);
        if (refusal != null) {
          RefusalBody.write(response, UserFacingException.badRequest(refusal));
          return;
        }
      }
      // A task unknown or hidden from the caller: the engine answers 404 or 403 itself.
      chain.doFilter(new CachedBody(request, body), response);
    }

    private String refusal(TaskFacts task, String action, byte[] body) {
      ProcessContract contract = task.processKey() == null ? null : contracts.get(task.processKey());
      if (contract != null && (action.equals("bpmnError") || action.equals("bpmnEscalation"))) {
        return "A tarefa \"" + task.name() + "\" não aceita erro nem escalonamento BPMN: conclua-a pelo formulário.";
      }
      if (action.equals("resolve") && task.delegation() != DelegationState.PENDING) {
        return "A tarefa \"" + task.name() + "\" não foi delegada: conclua-a em vez de resolvê-la.";
      }
      JsonNode variables;
      try {
        JsonNode root = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        variables = root == null ? null : root.path("variables");
        if (root == null || !root.isObject() || !(variables.isMissingNode() || variables.isNull() || variables.isObject())) {
          return "Corpo da requisição inválido: envie um objeto JSON com \"variables\".";
        }
      } catch (IOException e) {
        return "Corpo da requisição não é um JSON válido.";
      }
      Set<String> accepted = contract == null ? Set.of()
          : contract.completionVariables().getOrDefault(task.taskKey(), Set.of());
      Set<String> refused = new TreeSet<>();
      variables.fieldNames().forEachRemaining(name -> {
        if (!accepted.contains(name)) {
          refused.add(name);
        }
      });
      if (refused.isEmpty()) {
        return null;
      }
      return "A tarefa \"" + task.name() + "\" não aceita " + (refused.size() == 1 ? "o campo " : "os campos ")
          + String.join(", ", refused) + ".";
    }

    /** Null when the caller may not see the task: the engine then refuses them itself, telling nothing about it. */
    private TaskFacts facts(String taskId) {
      if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
        return null;
      }
      return engine.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
          return null;
        }
        String processKey = task.getProcessDefinitionId() == null ? null
            : engine.getDeploymentCache().findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
        return new TaskFacts(task.getName(), task.getTaskDefinitionKey(), processKey, task.getDelegationState());
      });
    }

  }

  /** The request with the body already read, for the engine's REST layer to read again. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}

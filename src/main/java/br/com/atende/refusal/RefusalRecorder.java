package br.com.atende.refusal;

import br.com.atende.common.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Notes on the current HTTP request when an engine command fails because we refused it, so the
 * webapp's REST layer (which only sees the engine's wrapped exception) can answer with our message
 * and status ({@link WebappRefusalFilter}).
 */
@Component
public class RefusalRecorder extends AbstractProcessEnginePlugin {

  public static final String REQUEST_ATTRIBUTE = RefusalRecorder.class.getName() + ".refusal";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        try {
          return next.execute(command);
        } catch (RuntimeException error) {
          UserFacingException refusal = Refusals.of(error);
          RequestAttributes request = RequestContextHolder.getRequestAttributes();
          if (refusal != null && request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
          }
          throw error;
        }
      }
    });
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}

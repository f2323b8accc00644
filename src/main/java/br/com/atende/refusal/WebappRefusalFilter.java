package br.com.atende.refusal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the webapp's own engine API (/camunda/api/engine), which answers a
 * refused completion with 500 and the engine's wrapping ("Cannot submit task form ...: ENGINE-03051
 * ..."). This turns it into 400 with just our pt-BR message, which Tasklist shows to the agent.
 */
@Configuration
public class WebappRefusalFilter {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappRefusals() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
          chain.doFilter(request, response);
          return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        Object refusal = request.getAttribute(RefusalRecorder.REQUEST_ATTRIBUTE);
        if (refusal != null && buffered.getStatus() >= 500) {
          buffered.resetBuffer();
          RefusalBody.write(buffered, HttpServletResponse.SC_BAD_REQUEST, refusal.toString());
        }
        buffered.copyBodyToResponse();
      }
    });
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }
}

package br.com.atende.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What a deployed model can reach: expressions see only {@link ModelBeans}, and every new deployment
 * passes {@link ModelSafety} first. A process owner deploys models, not code.
 */
@Component
public class ModelBoundary extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private final ModelSafety safety;

  public ModelBoundary(ApplicationContext context,
      @Value("${atende.engine.scripts-enabled:false}") boolean scriptsEnabled) {
    this.context = context;
    this.safety = new ModelSafety(scriptsEnabled);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ModelBeans beans = new ModelBeans(context);
    configuration.setBeans(beans);
    // The Spring factory built its expression manager before the plugins ran, with every bean in it.
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(deployment -> {
      // Only new deployments: the engine also runs deployers when it re-reads an old one into its cache.
      if (deployment.isNew()) {
        deployment.getResources().forEach((name, resource) -> safety.check(name, resource.getBytes()));
      }
    });
    configuration.setCustomPreDeployers(deployers);
    List<Deployer> after = configuration.getCustomPostDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostDeployers());
    after.add(deployment -> {
      if (deployment.isNew() && deployment.getResources().keySet().stream().anyMatch(ModelSafety::isDecision)) {
        // After the commit: a pull between the deploy and its commit would read the old version again.
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
            committed -> context.publishEvent(new DecisionsDeployed()));
      }
    });
    configuration.setCustomPostDeployers(after);
  }
}

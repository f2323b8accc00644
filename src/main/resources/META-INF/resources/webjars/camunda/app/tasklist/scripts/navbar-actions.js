// Atende: Tasklist 7.24 draws "Iniciar processo" and "Criar tarefa" for everyone and lets the engine
// refuse the click. They are hidden (styles/user-styles.css) and shown only to a user the engine
// allows: creating a task needs CREATE on Task; starting a process, a definition startable in
// Tasklist that the user may instantiate (no Atende process is, they start from the home page or /api).
const engine = document.querySelector('base').getAttribute('app-root') + '/api/engine/engine/default';

async function allowed(path, test) {
  const response = await fetch(engine + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok && test(await response.json());
}

const [createTask, startProcess] = await Promise.all([
  allowed('/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7', (body) => body.authorized),
  allowed('/process-definition/count?latestVersion=true&active=true&startableInTasklist=true'
    + '&startablePermissionCheck=true', (body) => body.count > 0)
]).catch(() => [false, false]);
document.body.classList.toggle('atende-may-create-task', createTask);
document.body.classList.toggle('atende-may-start-process', startProcess);

// `npm start`: Storybook with demo data, printing the address to open.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '6006';
console.log(`Starting Storybook with demo data on http://localhost:${port}/ …`);
const child = spawn('npx', ['storybook', 'dev', '--port', port, '--no-open', '--ci', '--host', '0.0.0.0'], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 0));

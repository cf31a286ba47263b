// Fixture page for the harness self-test: renders something into #app, nothing else.
document.getElementById('app').textContent = 'self-test page';

// The bare page's whole behaviour: show a text box on hover, hide it on leaving.
const svg = document.getElementById('chart');
const box = document.getElementById('box');
const ns = 'http://www.w3.org/2000/svg';
for (let y = 0; y < 560; y += 40)
	for (let x = 0; x < 1000; x += 50) {
		const r = document.createElementNS(ns, 'rect');
		Object.assign(r.dataset, { x, y });
		r.setAttribute('x', x); r.setAttribute('y', y); r.setAttribute('width', 50); r.setAttribute('height', 40);
		svg.appendChild(r);
	}
svg.addEventListener('pointerover', (e) => {
	const r = e.target.closest('rect');
	if (!r) return;
	box.textContent = `Mark at ${r.dataset.x}, ${r.dataset.y}: the words of its statements would go here.`;
	box.style.left = `${e.clientX + 12}px`;
	box.style.top = `${e.clientY + 12}px`;
	if (!box.matches(":popover-open")) box.showPopover();
});
svg.addEventListener('pointerout', (e) => {
	if (e.target.closest('rect') && !e.relatedTarget?.closest?.('rect')) box.hidePopover();
});

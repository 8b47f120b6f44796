const {Cite} = require('@citation-js/core');
require('@citation-js/plugin-csl'); require('@citation-js/plugin-bibtex'); require('@citation-js/plugin-ris');
const mk=(i)=>({id:'sc-org-'+i, 'citation-key':'sc-org-'+i, type:'webpage', title:'Fixture Rapid Response '+i, author:[{literal:'Fixture Rapid Response'}], 'container-title':'Sanctuary Commons', issued:{'date-parts':[[2026,11,2]]}, URL:'https://x.org/'+i, version:'abc1234'});
for (const f of ['apa','harvard1','bibtex','ris','data']) { const t=Date.now(); for(let i=0;i<100;i++){ const c=new Cite(mk(i)); if(f==='apa'||f==='harvard1') c.format('bibliography',{format:'text',template:f,lang:'en-US'}); else if (f==='ris') c.format('ris',{format:'object'}); else c.format(f);} console.log(f,(Date.now()-t)/100,'ms'); }
const t=Date.now(); for(let i=0;i<100;i++){ const c=new Cite(mk(i)); } console.log('construct',(Date.now()-t)/100);

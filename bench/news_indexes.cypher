// The property indexes of the news-graph benchmark (Kùzu has its primary key on uid).
CREATE INDEX FOR (p:Person) ON (p.uid);
CREATE INDEX FOR (c:Country) ON (c.uid);
CREATE INDEX FOR (c:City) ON (c.uid);
CREATE INDEX FOR (o:Organization) ON (o.uid);
CREATE INDEX FOR (e:Event) ON (e.uid);
CREATE INDEX FOR (a:Article) ON (a.uid);
CREATE INDEX FOR (e:Event) ON (e.date);

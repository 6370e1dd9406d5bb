import { Containers } from '../shared/containers';
import type { DocumentContainer, DocumentStore, Stored } from '../shared/document-store';
import type { Post } from './post';

/** Posts. Container `posts`, pk = tenantId. Reads: by id; feeds by publishedAt DESC. */
export class PostRepository {
  private readonly posts: DocumentContainer<Post>;

  constructor(store: DocumentStore) {
    this.posts = store.container<Post>(Containers.posts);
  }

  get(tenantId: string, postId: string): Promise<Stored<Post> | undefined> {
    return this.posts.read({ tenantId, pk: tenantId, id: postId });
  }

  upsert(post: Post): Promise<Stored<Post>> {
    return this.posts.upsert(post);
  }
}
